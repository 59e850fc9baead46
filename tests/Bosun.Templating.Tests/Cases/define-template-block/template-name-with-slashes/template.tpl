{{ define "my/chart.name" }}ok{{ end }}{{ template "my/chart.name" }}
