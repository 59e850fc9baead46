{{ typeOf 1.0 }} {{ typeOf 1e3 }} {{ typeOf 10 }} {{ typeOf 0x10 }}
