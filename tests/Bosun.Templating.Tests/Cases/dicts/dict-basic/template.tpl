{{ dict "b" 2 "a" 1 }} {{ dict }} {{ typeOf (dict) }}
