{{ (("x" | upper) | printf "%s%s" "y") }}
