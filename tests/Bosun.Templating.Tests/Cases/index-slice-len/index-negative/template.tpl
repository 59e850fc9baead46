{{ index (list 1 2) -1 }}
