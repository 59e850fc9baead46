{{ div .Values.a 2 }} {{ divf .Values.a 2 }} {{ mod .Values.a 4 }}
