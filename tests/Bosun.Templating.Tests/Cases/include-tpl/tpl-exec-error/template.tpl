{{ tpl "{{ fail \"in tpl\" }}" . }}
