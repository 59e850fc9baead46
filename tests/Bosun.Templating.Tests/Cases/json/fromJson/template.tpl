{{ $o := fromJson "{\"a\": 1, \"b\": [true, null], \"c\": {\"d\": \"e\"}}" }}{{ $o.a }} {{ typeOf $o.a }} {{ $o.b }} {{ $o.c.d }}
