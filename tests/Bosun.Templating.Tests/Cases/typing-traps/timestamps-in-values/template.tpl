{{ .Values.t }} {{ typeOf .Values.t }} {{ .Values.d }} {{ typeOf .Values.d }}
