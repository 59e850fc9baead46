{{ dig "a" "b" "c" "default" (dict "a" (dict "b" (dict "c" "found"))) }} {{ dig "a" "x" "def" (dict "a" (dict)) }}
