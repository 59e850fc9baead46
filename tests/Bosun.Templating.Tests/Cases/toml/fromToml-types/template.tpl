{{ $t := fromToml "a = 1.5\nb = true\nc = [1, 2]\nd = 1979-05-27T07:32:00Z\n" }}{{ typeOf $t.a }} {{ typeOf $t.b }} {{ typeOf $t.c }} {{ $t.c }} {{ typeOf $t.d }}
