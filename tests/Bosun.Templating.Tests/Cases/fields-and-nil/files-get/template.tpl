{{ .Files.Get "files/a.txt" }}|{{ .Files.Get "files/missing.txt" }}|
