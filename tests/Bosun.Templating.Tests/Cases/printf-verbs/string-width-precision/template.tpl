[{{ printf "%10s" "abc" }}][{{ printf "%-10s" "abc" }}][{{ printf "%.2s" "abcdef" }}][{{ printf "%5.1s" "xyz" }}]
