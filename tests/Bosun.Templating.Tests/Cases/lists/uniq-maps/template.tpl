{{ uniq (list (dict "a" 1) (dict "a" 1) (dict "a" 2)) }}
