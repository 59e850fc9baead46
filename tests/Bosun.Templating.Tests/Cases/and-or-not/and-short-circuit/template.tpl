{{ and false (fail "not evaluated") }}
