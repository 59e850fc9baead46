{{ slice .Values.l 1 }} {{ slice .Values.l 0 1 }}
