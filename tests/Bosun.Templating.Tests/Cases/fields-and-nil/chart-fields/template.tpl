{{ .Chart.Name }} {{ .Chart.Version }} {{ .Chart.APIVersion }} [{{ .Chart.AppVersion }}] {{ .Chart.IsRoot }}
