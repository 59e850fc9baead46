{{ fromYamlArray "- a\n- b: c" | toYaml }}
