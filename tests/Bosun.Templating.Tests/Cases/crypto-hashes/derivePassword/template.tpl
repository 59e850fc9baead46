{{ derivePassword 1 "long" "password" "user" "example.com" }} {{ derivePassword 2 "maximum" "pw" "u" "site" }} {{ derivePassword 1 "pin" "pw" "u" "site" }}
