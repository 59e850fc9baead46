{{ append "abc" "d" }}
