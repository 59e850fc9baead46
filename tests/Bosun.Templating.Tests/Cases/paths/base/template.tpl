{{ base "/a/b/c.txt" }} {{ base "dir/" }} {{ base "" }} {{ base "/" }} {{ base "plain" }}
