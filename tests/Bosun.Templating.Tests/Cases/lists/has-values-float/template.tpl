{{ has 1 .Values.l }} {{ has 1.0 .Values.l }} {{ has (float64 1) .Values.l }}
