{{- define "bad" -}}
ok
{{ index (list 1) 5 }}
{{- end -}}
