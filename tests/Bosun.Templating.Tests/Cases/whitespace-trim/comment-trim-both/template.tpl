x
{{- /* gone */ -}}
y
