{{ .Values.my-key }}
