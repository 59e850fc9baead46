{{ ternary "a" "b" 1 }}
