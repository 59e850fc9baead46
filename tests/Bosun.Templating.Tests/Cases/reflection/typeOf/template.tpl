{{ typeOf 1 }} {{ typeOf "s" }} {{ typeOf 1.5 }} {{ typeOf true }} {{ typeOf nil }} {{ typeOf (list) }} {{ typeOf (dict) }}
