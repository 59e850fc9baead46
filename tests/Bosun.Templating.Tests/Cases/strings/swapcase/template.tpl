{{ swapcase "Hello World 123" }}
