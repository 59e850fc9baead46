{{ range list 0 1 2 }}{{ if eq . 0 }}zero{{ else if eq . 1 }}one{{ else }}other{{ end }},{{ end }}
