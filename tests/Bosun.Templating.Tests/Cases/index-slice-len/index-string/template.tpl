{{ index "abc" 1 }} {{ typeOf (index "abc" 0) }}
