{{ (print "x" }}
