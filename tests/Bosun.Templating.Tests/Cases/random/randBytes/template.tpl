{{ $b := randBytes 10 }}{{ len (b64dec $b) }} {{ regexMatch "^[A-Za-z0-9+/]+=*$" $b }}
