line1
{{ .Values.a | }}
