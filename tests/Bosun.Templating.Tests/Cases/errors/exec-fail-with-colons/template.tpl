{{ fail "a: b: c" }}
