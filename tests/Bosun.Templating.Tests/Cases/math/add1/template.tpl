{{ add1 1 }} {{ add1 -1 }} {{ add1 1.5 }} {{ add1 "x" }}
