{{ all .Values.a .Values.b }} {{ any .Values.missing .Values.c }}
