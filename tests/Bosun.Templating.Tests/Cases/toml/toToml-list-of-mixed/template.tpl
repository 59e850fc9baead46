{{ toToml (dict "l" (list 1 "a")) }}
