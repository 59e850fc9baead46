{{ .Values.big }} {{ .Values.big | int64 }} {{ .Values.big | toString }} {{ .Values.big | quote }} {{ toYaml .Values.big }} {{ toJson .Values.big }}
