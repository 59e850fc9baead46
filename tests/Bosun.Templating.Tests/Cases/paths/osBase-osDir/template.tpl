{{ osBase "/a/b/c.txt" }} {{ osDir "/a/b/c.txt" }} {{ osBase "" }} {{ osDir "x" }}
