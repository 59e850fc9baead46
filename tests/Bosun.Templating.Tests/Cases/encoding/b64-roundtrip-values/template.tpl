{{ .Values.secret | b64enc | b64dec }}
