{{ abbrevboth 1 5 "abcdefghij" }}|{{ abbrevboth 3 4 "abcdefghij" }}|{{ abbrevboth 0 20 "short" }}
