{{ $r := randAscii 30 }}{{ len $r }} {{ regexMatch "^[ -~]{30}$" $r }}
