{{ and true (fail "evaluated") }}
