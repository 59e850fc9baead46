{{ repeat 3.5 "x" }}
