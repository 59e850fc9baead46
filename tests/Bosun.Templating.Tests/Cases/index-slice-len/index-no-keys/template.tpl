{{ index (list 1 2) }}
