{{ regexReplaceAll "(a)(b)?" "ab a" "[$2|$1|$3|$$]" }} {{ regexReplaceAll "(?P<x>b)" "abc" "${x}${x}" }}
