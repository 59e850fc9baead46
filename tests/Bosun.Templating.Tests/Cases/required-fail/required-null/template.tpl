{{ required "null not allowed" .Values.a }}
