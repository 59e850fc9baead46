{{ wrapWith 5 "\t" "Hello World foo bar" }}
