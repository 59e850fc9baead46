{{ dig "a" "b" "def" (dict "a" "string") }}
