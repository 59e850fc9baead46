{{ define }}x{{ end }}
