{{ if true false }}x{{ end }}
