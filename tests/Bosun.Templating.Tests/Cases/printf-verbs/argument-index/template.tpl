{{ printf "%[2]s %[1]s" "a" "b" }} {{ printf "%[1]d %[1]x" 31 }} {{ printf "%[3]d" 1 2 }}
