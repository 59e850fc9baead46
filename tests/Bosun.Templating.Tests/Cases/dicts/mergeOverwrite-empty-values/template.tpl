{{ mergeOverwrite (dict "a" 1 "b" "x" "c" (list 1)) (dict "a" 0 "b" "" "c" (list)) }}
