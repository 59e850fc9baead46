{{ mustHas 1 "list" }}
