{{ regexFindAll "a" "aaaa" 1 }} {{ regexFindAll "a" "aaaa" 3 }} {{ regexFindAll "a" "aaaa" 10 }}
