{{ replace " " "-" "a b c" }} {{ "aaa" | replace "a" "b" }} {{ replace "" "x" "ab" }}
