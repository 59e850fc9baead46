{{ index .Values.missing "x" }}
