{{ maxf .Values.a .Values.b }} {{ minf .Values.a "3" }}
