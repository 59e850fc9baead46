[{{ toToml (dict) }}]
