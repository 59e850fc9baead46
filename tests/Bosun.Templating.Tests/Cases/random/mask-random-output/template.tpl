id: {{ randAlphaNum 8 | lower }}
