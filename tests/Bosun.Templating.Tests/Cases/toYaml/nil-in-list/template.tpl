{{ toYaml (list nil "a" nil) }}
