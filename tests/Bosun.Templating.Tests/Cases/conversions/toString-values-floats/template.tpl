{{ toString .Values.a }} {{ toString .Values.b }} {{ toString .Values.c }} {{ toString .Values.d }}
