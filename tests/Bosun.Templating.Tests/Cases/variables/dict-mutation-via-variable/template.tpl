{{ $d := dict }}{{ $_ := set $d "k" "v" }}{{ $d.k }}
