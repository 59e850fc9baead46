{{ mustRegexReplaceAll "(" "x" "y" }}
