{{ tpl "{{ .Release.Name }}-{{ .Values.x }}" . }}
