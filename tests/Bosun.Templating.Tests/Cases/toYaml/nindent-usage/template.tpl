spec:
  {{- toYaml .Values.spec | nindent 2 }}
