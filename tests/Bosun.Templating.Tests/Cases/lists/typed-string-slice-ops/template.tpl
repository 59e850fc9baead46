{{ $s := splitList "," "c,a,b" }}{{ first $s }} {{ reverse $s }} {{ append $s "d" }} {{ typeOf (append $s "d") }} {{ has "a" $s }}
