{{ printf "%s" (upper "x" }}
