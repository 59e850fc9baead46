{{ $sum := 0 }}{{ range list 1 2 3 4 }}{{ $sum = add $sum . }}{{ end }}{{ $sum }}
