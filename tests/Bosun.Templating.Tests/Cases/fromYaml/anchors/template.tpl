{{ fromYaml "base: &b {x: 1}\nderived:\n  <<: *b\n  y: 2" | toJson }}
