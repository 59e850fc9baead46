{{ merge (dict "a" 0 "b" "") (dict "a" 1 "b" "x") }}
