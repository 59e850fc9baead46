{{ ne 1 2 }} {{ ne "a" "a" }} {{ ne true false }}
