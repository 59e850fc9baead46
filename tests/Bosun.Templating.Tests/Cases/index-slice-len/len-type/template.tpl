{{ typeOf (len "x") }}
