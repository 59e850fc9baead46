{{ maxf 1 5.5 3 }} {{ minf 1.5 -2 3 }} {{ maxf 1 }} {{ typeOf (maxf 1 2) }}
