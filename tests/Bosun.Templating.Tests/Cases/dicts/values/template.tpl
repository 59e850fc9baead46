{{ values (dict "a" 1) }} {{ values (dict) }} {{ typeOf (values (dict "a" "b")) }}
