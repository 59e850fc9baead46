{{ fromJson "[1, 2]" }}
