{{ mustToYaml (dict "k" "v") }}
