{{ toYaml (.Files.GetBytes "files/b") }}
