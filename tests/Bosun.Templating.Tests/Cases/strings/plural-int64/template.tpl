{{ plural "x" "xs" (int64 1) }}
