{{ fromYaml "just a string" }}
