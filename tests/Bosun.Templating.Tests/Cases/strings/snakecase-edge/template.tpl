{{ snakecase "someHTTPRequest" }} {{ snakecase "a1B2" }} {{ snakecase "Already_Snake" }} {{ snakecase "x" }}
