{{ printf "%s" (list "a" 1) }} {{ printf "%s" (dict "k" "v") }} {{ printf "%d" (list 1 2) }}
