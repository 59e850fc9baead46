{{ define "t" }}{{ index (dict) 1 }}{{ end }}
