{{ b64enc (.Files.GetBytes "files/x") }}
