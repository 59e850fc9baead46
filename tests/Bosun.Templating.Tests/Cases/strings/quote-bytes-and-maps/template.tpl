{{ quote (dict "a" 1) }} {{ quote (.Files.GetBytes "files/b") }}
