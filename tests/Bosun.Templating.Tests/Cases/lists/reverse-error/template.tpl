{{ reverse "abc" }}
