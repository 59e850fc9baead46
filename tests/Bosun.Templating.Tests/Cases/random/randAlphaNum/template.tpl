{{ $r := randAlphaNum 16 }}{{ len $r }} {{ regexMatch "^[A-Za-z0-9]{16}$" $r }} [{{ randAlphaNum 0 }}]
