{{ dig "data" "password" "fallback" (lookup "v1" "Secret" "default" "s") }}
