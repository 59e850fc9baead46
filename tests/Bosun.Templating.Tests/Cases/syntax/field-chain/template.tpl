{{ .Values.a.b.c }}
