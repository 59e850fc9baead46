{{ toYaml (list) }}|{{ toYaml (dict) }}|{{ toYaml nil }}|{{ toYaml "" }}
