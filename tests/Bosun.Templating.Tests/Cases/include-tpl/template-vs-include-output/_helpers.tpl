{{ define "t" }} padded {{ end }}
