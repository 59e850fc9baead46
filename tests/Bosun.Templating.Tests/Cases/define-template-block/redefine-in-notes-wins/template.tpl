{{ define "x" }}from notes{{ end }}{{ include "x" . }}
