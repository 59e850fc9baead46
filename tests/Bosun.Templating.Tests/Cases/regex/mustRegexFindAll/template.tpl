{{ mustRegexFindAll "a." "abacad" -1 }}
