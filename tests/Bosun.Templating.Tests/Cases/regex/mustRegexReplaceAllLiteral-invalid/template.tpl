{{ mustRegexReplaceAllLiteral "[" "x" "y" }}
