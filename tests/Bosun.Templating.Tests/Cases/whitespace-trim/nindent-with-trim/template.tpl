spec:
  {{- "a: 1\nb: 2" | nindent 2 }}
