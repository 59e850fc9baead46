[{{ trim .Values.missing }}]
