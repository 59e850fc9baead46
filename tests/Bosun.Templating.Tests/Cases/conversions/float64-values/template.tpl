{{ float64 .Values.a }} {{ float64 .Values.b }} {{ float64 .Values.c }}
