{{ uniq (list (list 1) (list 1) (list 2)) }}
