{{ abbrev 0 "hello" }}|{{ abbrev 3 "" }}|{{ abbrev -1 "hello" }}|{{ abbrev 5 "hello" }}|{{ abbrev 6 "héllo wörld" }}
