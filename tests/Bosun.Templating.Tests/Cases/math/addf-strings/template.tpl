{{ addf "1.5" "2" }} {{ mulf "x" 2 }}
