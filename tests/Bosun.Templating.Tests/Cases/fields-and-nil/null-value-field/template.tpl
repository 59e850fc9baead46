{{ .Values.n.x }}
