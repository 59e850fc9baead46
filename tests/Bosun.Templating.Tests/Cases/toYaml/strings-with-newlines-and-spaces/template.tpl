{{ toYaml (dict "a" "x\n" "b" "\nx" "c" " x\ny" "d" "x \ny" "e" "x\n\n\ny\n") }}
