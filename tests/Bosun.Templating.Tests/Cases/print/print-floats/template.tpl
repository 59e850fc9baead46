{{ print 3.0 }} {{ print 1e-7 }} {{ print 2.5e10 }} {{ print 1e21 }}
