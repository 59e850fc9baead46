{{ uniq (list 1 2 1 3 2) }} {{ uniq (list "a" "a") }} {{ mustUniq (list 1 1.0 "1") }}
