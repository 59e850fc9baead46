{{ .Files.GetBytes "files/a.txt" | typeOf }} {{ len (.Files.GetBytes "files/a.txt") }}
