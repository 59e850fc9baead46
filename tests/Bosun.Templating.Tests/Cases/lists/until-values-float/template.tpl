{{ until .Values.n }}
