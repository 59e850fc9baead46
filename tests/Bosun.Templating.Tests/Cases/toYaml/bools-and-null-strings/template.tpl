{{ toYaml (list "true" "False" "NULL" "Null" "~" "y" "n" "yes" "No" "on" "Off") }}
