{{ regexSplit "," "a,b" 0 }} {{ len (regexSplit "," "a,b" 0) }}
