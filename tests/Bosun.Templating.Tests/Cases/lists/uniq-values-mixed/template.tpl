{{ uniq .Values.l }}
