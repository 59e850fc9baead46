{{ .Values.a "x" }}
