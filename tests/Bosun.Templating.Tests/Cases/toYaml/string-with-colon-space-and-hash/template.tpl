{{ toYaml (list "a: b" "a:b" "a #b" "a#b" "#a" "a:" "? x" "x ?" "[a]" "{a}" "a,b" "|" ">") }}
