{{ ext "a.b.c" }} {{ ext "a." }} {{ ext "/x/y.z/w" }}
