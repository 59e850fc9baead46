{{ .Chart.Annotations }} {{ index .Chart.Annotations "a" }} {{ len .Chart.Annotations }}
