{{ snakecase "FirstName" }} {{ snakecase "HTTPServer" }} {{ snakecase "already_snake" }} {{ snakecase "some-kebab case" }} {{ snakecase "ID" }}
