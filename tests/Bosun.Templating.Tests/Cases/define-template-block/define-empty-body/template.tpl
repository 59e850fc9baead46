{{ define "e" }}{{ end }}[{{ template "e" }}][{{ include "e" . }}]
