{{ int64 "42" }} {{ int64 3.9 }} {{ int64 "1e3" }} {{ int64 "0b11" }} {{ typeOf (int64 1) }}
