{{ regexFindAll "a*" "baaab" -1 }} {{ regexReplaceAll "a*" "baaab" "-" }}
