{{ define "t" }}x{{ end }}
