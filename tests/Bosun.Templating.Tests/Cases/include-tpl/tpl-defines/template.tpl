{{ tpl "{{ define \"fromtpl\" }}T{{ end }}{{ include \"fromtpl\" . }}" . }}
