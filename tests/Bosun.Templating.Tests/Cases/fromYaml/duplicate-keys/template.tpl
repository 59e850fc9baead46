{{ fromYaml "a: 1\na: 2" }}
