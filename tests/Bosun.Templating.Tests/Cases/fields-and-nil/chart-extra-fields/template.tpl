{{ .Chart.AppVersion }} {{ .Chart.Description }} {{ .Chart.Type }} {{ .Chart.Keywords }}
