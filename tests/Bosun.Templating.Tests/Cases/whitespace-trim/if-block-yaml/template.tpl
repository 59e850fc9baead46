metadata:
  name: x
  {{- if true }}
  labels:
    a: b
  {{- end }}
spec: {}
