{{ printf "%s-%s" (upper "a") (lower "B") }}
{{ (printf "%d" 3) }}
{{ len (list 1 2 (list 3 4)) }}
