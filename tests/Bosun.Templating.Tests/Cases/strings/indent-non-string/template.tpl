{{ indent 2 5 }}
