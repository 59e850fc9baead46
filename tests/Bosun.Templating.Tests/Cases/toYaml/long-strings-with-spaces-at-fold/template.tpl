{{ toYaml (dict "s" "word word word word word word word word word word word word word word word word word word word word word") }}
