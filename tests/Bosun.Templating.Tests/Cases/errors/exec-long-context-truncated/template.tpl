{{ printf "%s %s %s %s %s" "aaaaaaaaaaaaaaaaaaaaaaaaaaaa" (index (list) 1) "b" "c" "d" }}
