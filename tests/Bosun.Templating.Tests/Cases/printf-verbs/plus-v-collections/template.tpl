{{ printf "%+v" (dict "a" 1) }} {{ printf "%+v" (list "x") }}
