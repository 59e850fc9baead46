{{ eq 1 1 }} {{ eq "a" "a" }} {{ eq "a" "b" }} {{ eq true true }} {{ eq 1.5 1.5 }}
