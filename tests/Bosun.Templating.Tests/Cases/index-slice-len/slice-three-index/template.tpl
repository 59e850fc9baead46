{{ slice (list 1 2 3 4) 0 2 3 }}
