{{ (.Files.Glob "files/*.conf").AsConfig }}
