{{ quote "a" }} {{ quote "with \"q\"" }} {{ quote 1 2.5 true }} {{ quote nil }} [{{ quote }}]
