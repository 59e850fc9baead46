{{ .Values.a }}|
