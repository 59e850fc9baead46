{{- define "t" }}{{ $ | typeOf }}{{ end -}}
{{ template "t" "str" }} {{ include "t" 5 }}
