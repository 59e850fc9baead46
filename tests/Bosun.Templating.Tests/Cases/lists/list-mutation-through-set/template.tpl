{{ $d := dict "l" (list 1) }}{{ $_ := set $d "l" (append $d.l 2) }}{{ $d.l }}
