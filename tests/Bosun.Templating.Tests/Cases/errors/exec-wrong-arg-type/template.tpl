{{ trunc "a" "b" }}
