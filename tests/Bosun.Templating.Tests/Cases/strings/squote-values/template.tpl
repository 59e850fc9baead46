{{ .Values.a | squote }} {{ .Values.b | squote }} {{ squote .Values.missing }}
