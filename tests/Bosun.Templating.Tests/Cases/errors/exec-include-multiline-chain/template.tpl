before
{{- include "a" . }}
