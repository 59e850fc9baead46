{{ or "only" }} {{ and "only" }}
