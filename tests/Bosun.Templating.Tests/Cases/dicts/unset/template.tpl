{{ $d := dict "a" 1 "b" 2 }}{{ $_ := unset $d "a" }}{{ $d }} {{ unset (dict "x" 1) "missing" }}
