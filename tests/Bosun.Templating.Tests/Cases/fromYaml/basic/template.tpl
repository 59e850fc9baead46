{{ $m := fromYaml "a: 1\nb: [x, y]\nc: {d: e}" }}{{ $m.a }} {{ $m.b }} {{ $m.c.d }} {{ typeOf $m.a }} {{ typeOf $m }}
