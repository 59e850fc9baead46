{{ values (dict "b" 2 "a" 1 "c" 3) | sortAlpha }}
