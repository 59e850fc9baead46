{{ .Chart.Deprecated }} [{{ .Chart.Home }}] [{{ .Chart.Icon }}] [{{ .Chart.Condition }}] [{{ .Chart.Tags }}] [{{ .Chart.KubeVersion }}]
