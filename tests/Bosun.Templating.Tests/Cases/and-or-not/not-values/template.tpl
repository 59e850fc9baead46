{{ not true }} {{ not 0 }} {{ not "" }} {{ not (list) }} {{ not "x" }}
