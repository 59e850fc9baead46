{{ regexMatch "[" "x" }}
