{{ keys (dict "b" 1 "a" 2) | sortAlpha }} {{ keys (dict "a" 1) (dict "b" 2 "a" 3) | sortAlpha }} {{ keys (dict) }}
