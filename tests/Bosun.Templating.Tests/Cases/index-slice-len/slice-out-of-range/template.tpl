{{ slice (list 1 2) 1 5 }}
