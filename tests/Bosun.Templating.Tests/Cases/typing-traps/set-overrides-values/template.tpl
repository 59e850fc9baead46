{{ .Values.a }} {{ .Values.b.c }} {{ .Values.b.d }} {{ typeOf .Values.a }}
