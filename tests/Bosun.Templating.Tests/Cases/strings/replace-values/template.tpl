{{ .Values.s | replace "." "-" }} {{ replace "a" "b" "" }}
