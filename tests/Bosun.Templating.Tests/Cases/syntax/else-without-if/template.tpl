{{ else }}
