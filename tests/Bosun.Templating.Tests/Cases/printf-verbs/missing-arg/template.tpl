{{ printf "%d %d" 1 }}
