line one
  line two with spaces   
	tab line

last
