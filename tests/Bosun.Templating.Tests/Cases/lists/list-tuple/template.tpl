{{ list 1 "a" 2.5 nil true }} {{ tuple "x" "y" }} {{ typeOf (list) }} {{ len (tuple) }}
