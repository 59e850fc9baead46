{{ kebabcase "FirstName" }} {{ kebabcase "HTTPServer" }} {{ kebabcase "snake_case_here" }}
