{{ (dict "k" "v").k }}
