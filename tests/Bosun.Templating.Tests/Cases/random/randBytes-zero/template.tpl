[{{ randBytes 0 }}]
