{{ squote "a" }} {{ squote "it's" }} {{ squote 1 nil "x" }}
