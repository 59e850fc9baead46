{{- define "shared" }}from-helpers{{ end -}}
