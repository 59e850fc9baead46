{{ toYaml (list "a\nb" "single") }}
