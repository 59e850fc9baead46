{{ typeOf (get (dict) "x") }} [{{ get (dict) "x" }}]
