{{ ext "file.tar.gz" }} [{{ ext "noext" }}] {{ ext ".hidden" }} {{ ext "a.b/c" }}
