{{ ne (bcrypt "x") (bcrypt "x") }} {{ hasPrefix "u:" (htpasswd "u" "p") }}
