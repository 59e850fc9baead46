{{ typeOf (and 1 "x") }} {{ typeOf (or 0 2.5) }}
