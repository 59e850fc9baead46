{{ or true (fail "not evaluated") }}
