{{ regexFind "[0-9]+" "abc123def456" }} [{{ regexFind "x" "abc" }}] {{ mustRegexFind "b+" "abbbc" }}
