{{ define "t" }}1{{ end }}
