{{ define "b" }}overridden{{ end }}
