{{ repeat "3" "x" }}
