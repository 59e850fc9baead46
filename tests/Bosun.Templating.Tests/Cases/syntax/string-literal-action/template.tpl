{{ "hello" }} {{ `raw \n string` }}
