{{ regexFindAll "(?m)^\\w+" "one two\nthree four" -1 }}
