{{ append .Values.l "z" }} {{ .Values.l }}
