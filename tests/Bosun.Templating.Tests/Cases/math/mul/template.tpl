{{ mul 2 3 }} {{ mul 2 3 4 }} {{ mul 5 }} {{ mul 1.5 2 }}
