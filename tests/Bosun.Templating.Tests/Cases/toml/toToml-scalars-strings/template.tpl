{{ toToml (dict "s" "with \"quotes\"\nand newline" "f" 1.5 "i" (int64 2) "b" false) }}
