{{ index (tuple "a" "b") 1 }}
