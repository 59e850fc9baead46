{{ plural "one" "many" 1 }} {{ plural "one" "many" 2 }} {{ plural "one" "many" 0 }} {{ len (list 1 2) | plural "item" "items" }}
