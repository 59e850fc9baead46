{{ .Values.a }} {{ int64 .Values.a }} {{ .Values.b }} {{ toJson .Values.b }}
