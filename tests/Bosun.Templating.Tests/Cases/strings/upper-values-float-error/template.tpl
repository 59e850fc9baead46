{{ upper .Values.n }}
