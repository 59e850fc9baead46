{{ define "x" }}from a{{ end }}
