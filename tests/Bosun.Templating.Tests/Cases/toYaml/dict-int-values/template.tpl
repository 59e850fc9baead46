{{ toYaml (dict "a" 1 "b" (list 1 2) "c" (int64 3)) }}
