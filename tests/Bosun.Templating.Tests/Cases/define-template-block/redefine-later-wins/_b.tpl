{{ define "x" }}from b{{ end }}
