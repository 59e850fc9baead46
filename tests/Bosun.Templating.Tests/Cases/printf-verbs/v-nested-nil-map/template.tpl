{{ printf "%v" (dict "a" nil) }} {{ printf "%v" (list nil) }}
