{{ block "b" . }}default body {{ .Release.Namespace }}{{ end }}
