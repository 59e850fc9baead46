{{ lt "a" "b" }} {{ lt "B" "a" }} {{ gt "abc" "abd" }} {{ le "" "a" }}
