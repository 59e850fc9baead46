{{ print "a" "b" }}|{{ print 1 2 }}|{{ print "a" 1 "b" }}|{{ print 1 "a" 2 }}|{{ print 1.5 true }}
