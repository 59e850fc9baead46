{{- define "bad" -}}{{ fail "inner failure" }}{{- end -}}
