this text is not printed {{ fail "stop" }}
