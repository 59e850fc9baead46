{{ plural "a" "b" 1.0 }}
