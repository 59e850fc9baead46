{{ required "line1\nline2: details" .Values.missing }}
