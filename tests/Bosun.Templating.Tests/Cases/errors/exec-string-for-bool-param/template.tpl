{{ ternary 1 2 "true" }}
