[{{ printf "%5s" "日本" }}][{{ printf "%.1s" "日本" }}][{{ printf "%x" "é" }}]
