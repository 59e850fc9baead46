{{ .Values.big }} {{ printf "%v" .Values.big }} {{ .Values.small }} {{ .Values.exp }}
