[{{ toYaml "x" }}][{{ toYaml (list 1) }}]
