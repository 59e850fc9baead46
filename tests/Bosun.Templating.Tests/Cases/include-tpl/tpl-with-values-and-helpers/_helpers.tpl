{{ define "h" }}H{{ end }}
