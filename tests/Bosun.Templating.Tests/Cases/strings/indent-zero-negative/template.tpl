[{{ indent 0 "a\nb" }}]
