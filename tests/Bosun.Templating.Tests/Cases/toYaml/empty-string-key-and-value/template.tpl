{{ toYaml (dict "" "") }}
