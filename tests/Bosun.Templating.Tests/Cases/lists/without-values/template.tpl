{{ without .Values.l "b" }}
