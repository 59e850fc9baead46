{{ list "a" "b" | last }} {{ (index (list (dict "k" "v")) 0).k }}
