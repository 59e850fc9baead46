[{{ .Values.missing }}] [{{ .Values.a.missing }}]
