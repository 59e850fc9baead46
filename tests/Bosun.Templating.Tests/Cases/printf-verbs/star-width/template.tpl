[{{ printf "%*d" 6 42 }}][{{ printf "%-*s|" 4 "a" }}][{{ printf "%.*f" 2 3.14159 }}]
