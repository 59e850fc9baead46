[{{ printf "%6v" "ab" }}][{{ printf "%-6q" "ab" }}][{{ printf "%6v" 1.5 }}]
