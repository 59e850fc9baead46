a{{ .Values.missing }}b{{ index .Values "missing" }}c
