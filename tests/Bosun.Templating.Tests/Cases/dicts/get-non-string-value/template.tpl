{{ get (dict "a" (list 1)) "a" }} {{ typeOf (get (dict "a" 1) "a") }}
