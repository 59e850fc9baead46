{{ regexFindAll "[0-9]+" "a1b22c333" -1 }} {{ regexFindAll "[0-9]+" "a1b22c333" 2 }} {{ regexFindAll "x" "abc" -1 }} {{ regexFindAll "[0-9]" "123" 0 }}
