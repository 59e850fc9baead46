{{ html "a" "b" }} {{ js 1 2 }}
