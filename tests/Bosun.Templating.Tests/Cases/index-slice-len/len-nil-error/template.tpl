{{ len .Values.missing }}
