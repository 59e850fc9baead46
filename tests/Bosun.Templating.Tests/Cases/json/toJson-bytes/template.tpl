{{ toJson (.Files.GetBytes "files/b") }}
