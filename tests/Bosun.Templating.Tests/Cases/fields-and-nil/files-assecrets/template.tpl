{{ (.Files.Glob "files/*.conf").AsSecrets }}
