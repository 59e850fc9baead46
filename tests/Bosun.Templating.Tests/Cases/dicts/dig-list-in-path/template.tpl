{{ dig "a" "b" "none" (dict "a" (list 1)) }}
