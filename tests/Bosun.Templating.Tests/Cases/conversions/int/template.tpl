{{ int "42" }} {{ int 3.9 }} {{ int "abc" }} {{ int true }} {{ int nil }} {{ int "0x10" }} {{ int "010" }} {{ typeOf (int 1) }}
