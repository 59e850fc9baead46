{{ js "é = tab\t" }} {{ js "a=b" }}
