{{ splitn "," 0 "a,b" }} {{ splitn "," -1 "a,b,c" }} {{ splitn "," 1 "a,b" }}
