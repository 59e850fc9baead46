{{ regexMatch "^[a-z]+$" "abc" }} {{ regexMatch "^[a-z]+$" "aBc" }} {{ regexMatch "b" "abc" }} {{ regexMatch "(?i)ABC" "abc" }}
