{{ printf "%d" "str" }} {{ printf "%s" 5 }} {{ printf "%f" "x" }} {{ printf "%t" "y" }}
