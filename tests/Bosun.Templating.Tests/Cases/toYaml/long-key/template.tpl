{{ toYaml (dict "this-is-a-very-long-key-name-that-exceeds-the-usual-limits-of-what-people-write-in-values" 1) }}
