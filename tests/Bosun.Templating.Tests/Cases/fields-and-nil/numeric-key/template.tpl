{{ index .Values.m "1" }} {{ .Values.m._1 }}
