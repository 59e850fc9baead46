{{ omit .Values "a" }} {{ .Values }}
