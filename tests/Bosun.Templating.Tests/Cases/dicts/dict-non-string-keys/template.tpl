{{ dict 1 "one" true "t" nil "n" }}
