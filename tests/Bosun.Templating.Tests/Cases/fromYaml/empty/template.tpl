{{ fromYaml "" }} {{ len (fromYaml "") }}
