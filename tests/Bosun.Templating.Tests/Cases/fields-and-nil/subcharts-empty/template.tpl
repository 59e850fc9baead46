{{ len .Subcharts }} {{ .Subcharts }}
