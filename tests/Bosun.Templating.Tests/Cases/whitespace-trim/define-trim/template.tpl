{{- define "t" -}}
  inner
{{- end -}}
[{{ template "t" }}]
