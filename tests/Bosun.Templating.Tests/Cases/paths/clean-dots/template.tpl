{{ clean "." }} {{ clean ".." }} {{ clean "/../a" }} {{ clean "a//b" }}
