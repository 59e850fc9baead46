{{ reverse (list 1 2 3) }} {{ reverse (list) }} {{ mustReverse (list "a" "b") }}
