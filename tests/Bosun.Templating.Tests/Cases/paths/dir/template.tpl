{{ dir "/a/b/c.txt" }} {{ dir "file" }} {{ dir "/" }} {{ dir "a/b/" }} {{ dir "" }}
