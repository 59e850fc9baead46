[{{ trunc 0 "" }}][{{ trunc -100 "abc" }}][{{ trunc 3 "abc" }}][{{ trunc -3 "abc" }}]
