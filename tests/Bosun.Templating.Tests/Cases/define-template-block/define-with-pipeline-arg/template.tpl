{{ define "p" }}{{ . | upper }}{{ end }}{{ template "p" (printf "%s-%s" "a" "b") }}
