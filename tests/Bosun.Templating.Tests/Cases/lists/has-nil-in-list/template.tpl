{{ has nil (list 1 nil) }} {{ has nil (list 1) }}
