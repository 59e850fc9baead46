{{ .Values.a }} {{ .Values.b }} {{ .Values.c }} {{ .Values.d }}
