{{ regexSplit "z+" "pizza" -1 }} {{ regexSplit "z+" "pizza" 1 }} {{ regexSplit "," "a,b,c" 2 }} {{ regexSplit "" "abc" -1 }} {{ mustRegexSplit "\\s+" "a  b c" -1 }}
