{{ ternary "a" "b" nil }}
