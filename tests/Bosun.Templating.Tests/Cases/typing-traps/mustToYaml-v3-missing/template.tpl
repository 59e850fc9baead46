{{ mustToYaml (dict "a" 1) }}
