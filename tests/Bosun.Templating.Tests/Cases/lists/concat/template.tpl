{{ concat (list 1 2) (list 3) (list) (list 4 5) }} {{ concat (list "a") }}
