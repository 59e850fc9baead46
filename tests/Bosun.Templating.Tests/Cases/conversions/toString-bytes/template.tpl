{{ toString (.Files.GetBytes "files/x") }}
