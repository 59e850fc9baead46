{{ add .Values.a .Values.b }} {{ mul .Values.a 2 }} {{ div .Values.c 2 }} {{ addf .Values.a .Values.c }}
