{{ required "value a is required" .Values.a }}
