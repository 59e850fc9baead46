{{ define "x" }}from helpers{{ end }}
