{{ ternary "yes" "no" true }} {{ ternary "yes" "no" false }} {{ true | ternary 1 2 }}
