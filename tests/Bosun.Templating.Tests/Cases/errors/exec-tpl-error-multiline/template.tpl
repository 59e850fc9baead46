{{ tpl "line1\n{{ index (list) 2 }}" . }}
