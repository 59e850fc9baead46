{{ index (list "a" "b" "c") 1 }} {{ index .Values.l 0 }}
