ok line
  {{ .Values.x.y }}
