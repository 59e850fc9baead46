{{ typeOf .Values.a }} {{ .Values.a }} {{ typeOf .Values.b }} {{ add .Values.a 1 }}
