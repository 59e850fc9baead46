{{ tpl "{{ index (list) 1 }}" . }}
