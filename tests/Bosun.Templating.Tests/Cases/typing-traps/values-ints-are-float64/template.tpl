{{ typeOf .Values.port }} {{ .Values.port }} {{ printf "%d" .Values.port }} {{ printf "%v" .Values.port }} {{ quote .Values.port }}
