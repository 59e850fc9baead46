{{ abbrev 5 "hello world" }} {{ abbrev 20 "short" }} {{ abbrev 3 "hello" }} {{ abbrev 4 "hello" }}
