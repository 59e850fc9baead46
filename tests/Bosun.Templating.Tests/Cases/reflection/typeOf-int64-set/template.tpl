{{ typeOf .Values.a }} {{ typeOf .Values.b }} {{ typeOf .Values.c }} {{ typeOf .Values.d }} {{ typeOf .Values.e }}
