{{ add .Values.a 1 }} {{ typeOf .Values.a }}
