{{ repeat 3 "ab" }} [{{ repeat 0 "x" }}] {{ "-" | repeat 5 }}
