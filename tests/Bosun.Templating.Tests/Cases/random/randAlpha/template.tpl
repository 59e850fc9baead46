{{ $r := randAlpha 20 }}{{ len $r }} {{ regexMatch "^[A-Za-z]{20}$" $r }}
