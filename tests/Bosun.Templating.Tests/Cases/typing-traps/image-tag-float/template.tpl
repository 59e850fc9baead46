image: repo:{{ .Values.tag }}
