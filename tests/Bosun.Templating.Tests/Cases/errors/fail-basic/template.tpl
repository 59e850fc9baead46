{{ fail "boom" }}
