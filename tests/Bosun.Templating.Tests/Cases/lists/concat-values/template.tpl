{{ concat .Values.a .Values.b | toJson }}
