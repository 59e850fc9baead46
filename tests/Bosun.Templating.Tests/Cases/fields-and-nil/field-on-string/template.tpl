{{ .Values.s.x }}
