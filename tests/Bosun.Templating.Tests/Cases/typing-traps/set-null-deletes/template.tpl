{{ hasKey .Values "a" }} {{ .Values }}
