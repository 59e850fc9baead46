{{ derivePassword 3 "long" "secret" "alice" "example.org" }} {{ derivePassword 1 "long" "" "" "" }}
