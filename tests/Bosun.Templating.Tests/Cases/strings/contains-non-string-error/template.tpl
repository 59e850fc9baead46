{{ contains 1 "123" }}
