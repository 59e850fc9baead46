[{{ regexFind "[" "x" }}] {{ regexFindAll "[" "x" -1 }} {{ regexSplit "[" "x" -1 }}
