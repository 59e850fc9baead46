{{ int (list 1) }}
