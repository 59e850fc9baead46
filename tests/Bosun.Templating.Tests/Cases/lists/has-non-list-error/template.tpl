{{ has 1 "abc" }}
