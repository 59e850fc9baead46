{{ and 1 2 }} {{ and 0 2 }} {{ and "a" "" "b" }} {{ and true true true }}
