{{ rest "abc" }}
