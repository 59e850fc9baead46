{{ abbrevboth 5 10 "1234 5678 9123" }} {{ abbrevboth 0 7 "abcdefghij" }}
