{{ all 1 "a" true }} {{ all 1 "" }} {{ all }} {{ any 0 "" "x" }} {{ any 0 nil }} {{ any }}
