{{ printf "%v" .Values.nokey }}|{{ print .Values.nokey }}
