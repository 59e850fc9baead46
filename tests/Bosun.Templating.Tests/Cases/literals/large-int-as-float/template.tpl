{{ 1e20 }} {{ typeOf 1e20 }} {{ 1e2 }} {{ typeOf 1e2 }}
