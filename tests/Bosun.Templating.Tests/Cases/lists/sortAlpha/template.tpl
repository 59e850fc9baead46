{{ sortAlpha (list "b" "a" "C" "10" "9") }} {{ sortAlpha (list 3 1 2) }} {{ sortAlpha "notalist" }}
