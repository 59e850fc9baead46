{{ genCAWithKey "ca" 10 "not a key" }}
