{{ biggest .Values.a .Values.b }} {{ min .Values.a .Values.b }}
