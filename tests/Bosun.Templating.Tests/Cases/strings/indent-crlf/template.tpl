{{ indent 2 "a\r\nb" | printf "%q" }}
