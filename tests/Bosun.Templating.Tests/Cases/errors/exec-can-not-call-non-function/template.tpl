{{ .Release.Name "x" }}
