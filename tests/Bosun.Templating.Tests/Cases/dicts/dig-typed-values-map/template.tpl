{{ dig "x" "y" "none" (fromYaml "x: {y: found}") }}
