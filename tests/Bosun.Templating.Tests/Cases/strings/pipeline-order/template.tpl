{{ "hello" | trunc 3 | upper | repeat 2 }}
