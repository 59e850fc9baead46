{{ fromYaml "- a\n- b" }}
