{{ "a-b-c" | replace "-" "" | upper | printf "%s!" }}
