{{ compact .Values.l }}
