{{ $r := randNumeric 12 }}{{ len $r }} {{ regexMatch "^[0-9]{12}$" $r }}
