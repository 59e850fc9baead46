{{ without (list 1 2 3 2) 2 }} {{ without (list "a" "b" "c") "a" "c" }} {{ mustWithout (list 1 2) 3 }}
