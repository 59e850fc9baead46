{{ typeOf (add 1 1) }} {{ typeOf (len "x") }} {{ typeOf (atoi "1") }} {{ typeOf (int 1) }} {{ typeOf (int64 1) }} {{ typeOf (add1 1) }} {{ typeOf (max 1 2) }}
