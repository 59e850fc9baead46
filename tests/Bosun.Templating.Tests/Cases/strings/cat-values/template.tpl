{{ cat .Values.a .Values.b .Values.missing .Values.c }}
