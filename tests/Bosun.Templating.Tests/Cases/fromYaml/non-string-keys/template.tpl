{{ fromYaml "1: one\ntrue: yes\n~: null" | toJson }}
