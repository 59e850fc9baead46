{{- define "a" }}
{{- include "b" . }}
{{- end }}
{{- define "b" }}
{{- toYaml }}
{{- end }}
