{{ regexFind "a|ab" "ab" }} {{ regexFind "(a+?)" "aaa" }}
