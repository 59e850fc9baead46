{{ repeat 100 "ab" | len }}
