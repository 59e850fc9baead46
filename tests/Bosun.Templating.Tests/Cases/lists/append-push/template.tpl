{{ append (list 1 2) 3 }} {{ push (list) "a" }} {{ $l := list 1 }}{{ $m := append $l 2 }}{{ $l }} {{ $m }}
