{{ .Values.a.b | default "fallback" }}
