{{ regexFindAll "\\p{L}+" "héllo wörld 123" -1 }} {{ regexMatch "^\\d+$" "١٢٣" }}
