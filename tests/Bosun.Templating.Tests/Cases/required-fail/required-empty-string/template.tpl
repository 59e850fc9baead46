{{ required "empty not allowed" .Values.a }}
