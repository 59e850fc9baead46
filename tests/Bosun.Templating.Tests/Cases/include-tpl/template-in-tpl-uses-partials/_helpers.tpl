{{ define "h" }}from-helper{{ end }}
