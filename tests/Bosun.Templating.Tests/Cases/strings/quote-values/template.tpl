{{ .Values.s | quote }} {{ .Values.n | quote }} {{ .Values.missing | quote }} {{ .Values.l | quote }}
