{{ define "h" }}helper-output{{ end }}
