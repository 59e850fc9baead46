{{ (.Files.Glob "files/**").Get "files/sub/x.txt" }}
