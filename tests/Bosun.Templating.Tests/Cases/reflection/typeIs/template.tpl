{{ typeIs "int" 1 }} {{ typeIs "string" "s" }} {{ typeIs "float64" 1 }} {{ typeIs "<nil>" nil }}
