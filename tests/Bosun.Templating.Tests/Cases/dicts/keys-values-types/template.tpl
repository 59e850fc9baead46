{{ typeOf (keys (dict "a" 1)) }}
