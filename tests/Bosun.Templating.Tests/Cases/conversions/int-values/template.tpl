{{ int .Values.a }} {{ int .Values.b }} {{ int .Values.c }} {{ int64 .Values.d }}
