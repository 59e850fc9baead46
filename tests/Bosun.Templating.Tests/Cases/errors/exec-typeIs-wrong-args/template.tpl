{{ typeIs "int" }}
