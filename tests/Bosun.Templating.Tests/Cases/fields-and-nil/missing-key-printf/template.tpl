{{ printf "%v|%s|%T" .Values.missing .Values.missing .Values.missing }}
