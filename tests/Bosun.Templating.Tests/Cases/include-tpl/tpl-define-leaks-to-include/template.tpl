{{ tpl "{{ define \"d\" }}D{{ end }}" . }}[{{ include "d" . }}]
