{{ $s := splitList "," "a,b" }}{{ $t := append $s "c" }}{{ typeOf $t }} {{ $t }}
