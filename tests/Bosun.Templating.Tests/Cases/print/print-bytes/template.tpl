{{ print (.Files.GetBytes "files/x") }} {{ .Files.GetBytes "files/x" }}
