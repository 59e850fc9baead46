{{ fail "deliberate: stop" }}
