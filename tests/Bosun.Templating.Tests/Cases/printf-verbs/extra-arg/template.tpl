{{ printf "%d" 1 2 "x" }}
