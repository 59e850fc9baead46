{{ kebabcase "already-kebab" }} {{ kebabcase "With Spaces Here" }} {{ kebabcase "ABCWord" }} {{ kebabcase "a1B2" }}
