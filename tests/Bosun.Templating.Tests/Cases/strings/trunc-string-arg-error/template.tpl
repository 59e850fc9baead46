{{ trunc "3" "abcdef" }}
