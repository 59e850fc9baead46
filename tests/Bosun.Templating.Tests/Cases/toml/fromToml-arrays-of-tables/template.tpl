{{ $t := fromToml "[[p]]\nn = 1\n[[p]]\nn = 2\n" }}{{ len $t.p }} {{ (index $t.p 1).n }}
