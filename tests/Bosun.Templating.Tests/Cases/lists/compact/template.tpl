{{ compact (list 1 0 "" nil "a" false (list) (dict) 2) }} {{ mustCompact (list "" "x") }}
