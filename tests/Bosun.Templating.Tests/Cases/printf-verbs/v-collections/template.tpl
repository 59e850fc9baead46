{{ printf "%v" (list 1 "a" nil (list 2)) }} {{ printf "%v" (dict "b" 2 "a" (dict "c" nil)) }}
