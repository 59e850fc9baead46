[{{ printf "%5d" 42 }}][{{ printf "%-5d" 42 }}][{{ printf "%05d" 42 }}][{{ printf "%+d" 42 }}][{{ printf "% d" 42 }}]
