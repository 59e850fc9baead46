{{ range $p, $_ := .Files.Glob "files/{a,b}?.txt" }}{{ $p }} {{ end }}
