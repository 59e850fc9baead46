{{ float64 "1.5" }} {{ float64 3 }} {{ float64 "abc" }} {{ float64 "1e3" }} {{ float64 true }} {{ typeOf (float64 1) }}
