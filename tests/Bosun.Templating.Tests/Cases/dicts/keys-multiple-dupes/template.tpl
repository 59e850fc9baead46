{{ keys (dict "a" 1) (dict "a" 2) | len }}
