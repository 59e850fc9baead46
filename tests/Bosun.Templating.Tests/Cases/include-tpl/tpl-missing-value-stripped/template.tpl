[{{ tpl "{{ .Values.none }}" . }}]
