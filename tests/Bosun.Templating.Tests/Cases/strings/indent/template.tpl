{{ indent 4 "a\nb\n\nc" }}
