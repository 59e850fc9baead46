{{ camelcase "http_server" }} {{ camelcase "first_name_here" }} {{ camelcase "kebab-case" }} {{ camelcase "AlreadyCamel" }}
