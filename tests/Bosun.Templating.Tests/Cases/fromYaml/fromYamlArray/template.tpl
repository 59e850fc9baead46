{{ fromYamlArray "- 1\n- two\n- {k: v}" }} {{ typeOf (fromYamlArray "- 1") }}
