{{ slice "abcdef" 1 3 }} {{ slice "abcdef" 2 }} {{ typeOf (slice "abc" 1) }}
