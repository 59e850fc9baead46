{{ tpl "{{ template \"h\" . }}" . }}
