{{ $b := randBytes 24 }}{{ len $b }} {{ len (b64dec $b) }} {{ typeOf $b }}
