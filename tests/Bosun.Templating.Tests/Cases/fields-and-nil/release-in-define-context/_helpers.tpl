{{- define "rel" -}}{{ .Release.Name }}-{{ .Chart.Name }}-{{ .Chart.Version | replace "." "-" }}{{- end -}}
