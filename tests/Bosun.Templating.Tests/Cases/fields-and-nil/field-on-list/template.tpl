{{ .Values.l.x }}
