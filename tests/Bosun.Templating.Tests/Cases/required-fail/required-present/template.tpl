{{ required "need a" .Values.a }} {{ required "need b" .Values.b }}
