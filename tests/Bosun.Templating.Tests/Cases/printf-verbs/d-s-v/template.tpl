{{ printf "%d %s %v" 42 "str" true }}
