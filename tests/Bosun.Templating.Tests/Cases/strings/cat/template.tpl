{{ cat "a" "b" "c" }} {{ cat "x" nil "y" }} {{ cat 1 2.5 true }} {{ cat (list 1 2) }}
