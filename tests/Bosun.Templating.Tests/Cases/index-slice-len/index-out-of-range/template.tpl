{{ index (list 1 2) 5 }}
