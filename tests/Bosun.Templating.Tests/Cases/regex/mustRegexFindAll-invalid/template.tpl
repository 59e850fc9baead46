{{ mustRegexFindAll "(" "x" -1 }}
