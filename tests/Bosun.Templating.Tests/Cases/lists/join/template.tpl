{{ join "," (list "a" "b" "c") }} {{ join "-" (list 1 2.5 true nil) }} {{ join ", " (list) }} {{ list "x" "y" | join "+" }}
