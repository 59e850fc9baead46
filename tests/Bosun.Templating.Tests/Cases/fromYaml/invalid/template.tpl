{{ fromYaml "a: [unclosed" }}
