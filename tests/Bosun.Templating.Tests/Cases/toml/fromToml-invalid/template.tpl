{{ fromToml "= bad" }}
