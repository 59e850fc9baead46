{{ split "$" "a$b$c" }} {{ (split "." "x.y")._1 }}
