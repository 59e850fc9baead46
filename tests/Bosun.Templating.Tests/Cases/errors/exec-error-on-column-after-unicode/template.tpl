日本語 {{ fail "unicode column" }}
