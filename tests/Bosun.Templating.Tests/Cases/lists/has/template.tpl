{{ has 2 (list 1 2 3) }} {{ has "x" (list "a") }} {{ has 1 (list 1.0) }} {{ mustHas "a" (list "a") }} {{ has 1 nil }}
