{{ toYaml (dict "a" (dict "b" (dict "c" (dict "d" (list (dict "e" (list 1))))))) }}
