{{ len (.Files.Glob "nothing/*") }} [{{ (.Files.Glob "nothing/*").AsConfig }}]
