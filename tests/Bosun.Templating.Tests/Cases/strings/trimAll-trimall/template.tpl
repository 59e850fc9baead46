{{ trimAll "$" "$$5.00$" }} {{ trimall "ab" "abcba" }} {{ "--x--" | trimAll "-" }}
