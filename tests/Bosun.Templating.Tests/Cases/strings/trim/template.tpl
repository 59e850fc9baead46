[{{ trim "  a b  " }}] [{{ trim "\t\n x \r\n" }}]
