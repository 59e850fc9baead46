{{ splitn "$" 2 "a$b$c" }} {{ (splitn "." 2 "x.y.z")._1 }}
