{{ nospace "a\u00a0b\u2003c d" }}
