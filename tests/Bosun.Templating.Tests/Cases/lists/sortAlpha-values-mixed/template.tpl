{{ sortAlpha .Values.l }}
