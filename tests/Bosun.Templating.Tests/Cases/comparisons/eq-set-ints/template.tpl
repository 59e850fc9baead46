{{ eq .Values.a 5 }} {{ typeOf .Values.a }}
