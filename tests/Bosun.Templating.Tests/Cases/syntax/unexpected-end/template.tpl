x{{ end }}
