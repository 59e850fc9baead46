{{ index .Values.m "a" "b" 1 }}
