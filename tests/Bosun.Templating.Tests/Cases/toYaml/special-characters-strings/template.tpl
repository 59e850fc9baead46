{{ toYaml (list "tab\there" "back\\slash" "quote\"d" "it's" "null\u0000byte" "del\u007f") }}
