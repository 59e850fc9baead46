labels:
  {{- include "c.labels" . | nindent 2 }}
