{{ range .Files.Lines "files/l.txt" }}[{{ . }}]{{ end }}
