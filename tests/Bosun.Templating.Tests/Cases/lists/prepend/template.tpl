{{ prepend (list 2 3) 1 }} {{ mustPrepend (list "b") "a" }}
