{{ join "," "abc" }} {{ join "," 5 }}
