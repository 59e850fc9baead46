{{ range list 1 2 }}{{ $.Release.Name }}-{{ . }} {{ end }}
