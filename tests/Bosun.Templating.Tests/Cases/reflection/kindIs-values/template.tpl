{{ kindIs "float64" .Values.a }} {{ kindIs "slice" .Values.b }} {{ kindIs "invalid" .Values.missing }}
