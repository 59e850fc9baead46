{{ range .Chart.Keywords }}[{{ . }}]{{ end }} {{ typeOf .Chart.Keywords }}
