{{ .Values.i.x }}
