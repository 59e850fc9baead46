{{ merge (dict) .Values.a .Values.b | toJson }}
