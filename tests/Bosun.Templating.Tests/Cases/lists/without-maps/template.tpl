{{ without (list (dict "a" 1) (dict "b" 2)) (dict "a" 1) }}
