{{ fromYaml "a: 1\n---\nb: 2" }}
