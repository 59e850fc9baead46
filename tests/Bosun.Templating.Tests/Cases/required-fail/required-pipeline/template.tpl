{{ .Values.a | required "pipe required" }}
