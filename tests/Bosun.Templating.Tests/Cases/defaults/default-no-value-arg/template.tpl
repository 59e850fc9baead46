{{ default "x" }}
