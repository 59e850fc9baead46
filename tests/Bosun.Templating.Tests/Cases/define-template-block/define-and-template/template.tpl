{{ define "greet" }}Hello {{ . }}!{{ end }}{{ template "greet" "world" }}
