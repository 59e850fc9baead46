{{- with .Values.m }}
m:
  {{- toYaml . | nindent 2 }}
{{- end }}
