{{ .Values.a | default .Values.b | default "last" }}
