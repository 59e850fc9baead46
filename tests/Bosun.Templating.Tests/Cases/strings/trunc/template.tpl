{{ trunc 5 "hello world" }} {{ trunc 20 "short" }} {{ trunc -5 "hello world" }} {{ trunc 0 "x" }}
