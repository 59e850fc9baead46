{{ 3 | printf "%d-%d" 1 }}
