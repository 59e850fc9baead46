{{- define "app.data" -}}
greeting: hi
{{- end -}}
{{- define "app.other" -}}
chart: {{ .Chart.Name }}
libValues: {{ toJson .Values.lib | quote }}
{{- end -}}
