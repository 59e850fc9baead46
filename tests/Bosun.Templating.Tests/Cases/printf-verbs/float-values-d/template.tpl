{{ printf "%d" .Values.port }} {{ printf "%v" .Values.port }} {{ printf "%s" .Values.port }}
