{{ mustRegexSplit "(" "x" -1 }}
