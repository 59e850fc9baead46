{{ tpl .Values.t . }}
