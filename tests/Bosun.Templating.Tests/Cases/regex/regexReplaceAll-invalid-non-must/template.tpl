[{{ regexReplaceAll "(" "x" "y" }}]
