{{ pick .Values "a" | toJson }} {{ omit .Values "a" | toJson }}
