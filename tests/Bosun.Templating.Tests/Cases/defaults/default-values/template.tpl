{{ .Values.a | default "da" }} {{ .Values.b | default "db" }} {{ .Values.c | default "dc" }} {{ .Values.d | default "dd" }} {{ .Values.e | default 9 }}
