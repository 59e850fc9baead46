{{ $d := dict "a" 1 }}{{ $_ := set $d "b" 2 }}{{ $d }} {{ set (dict) "k" "v" }}
