{{ mustRegexFind "[" "x" }}
