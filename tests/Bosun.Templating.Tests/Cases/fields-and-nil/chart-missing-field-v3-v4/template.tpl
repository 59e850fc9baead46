[{{ .Chart.NoSuchField }}]
