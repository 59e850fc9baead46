{{ or 0 "" "x" }} {{ or 0 false }} {{ or "first" "second" }} {{ or nil (list) }}
