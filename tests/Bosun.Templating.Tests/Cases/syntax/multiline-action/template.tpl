{{ printf "%s %s"
   "a"
   "b" }}
