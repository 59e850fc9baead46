{{ range $path, $_ := .Files.Glob "files/*.yaml" }}{{ $path }} {{ end }}
