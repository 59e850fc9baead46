{{ tpl "{{ .Template.Name }}" . }}
