{{ tpl .Values.template . }}
