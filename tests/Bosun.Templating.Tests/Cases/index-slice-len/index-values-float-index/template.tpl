{{ index (list "a" "b") .Values.i }}
