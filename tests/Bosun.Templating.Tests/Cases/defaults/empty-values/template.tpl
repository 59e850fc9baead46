{{ empty .Values.a }} {{ empty .Values.b }} {{ empty .Values.c }} {{ empty .Values.d }}
