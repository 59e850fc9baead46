data:
  app.conf: |
{{ .Files.Get "files/app.conf" | indent 4 }}
