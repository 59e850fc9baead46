{{ tpl "{{ include \"h\" . }}" . }}
