{{ atoi .Values.s }}
