{{ fromYamlArray "a: 1" }}
