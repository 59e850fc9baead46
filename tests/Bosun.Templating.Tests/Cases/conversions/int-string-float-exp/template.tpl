{{ int "1e3" }} {{ float64 "1e3" | int }} {{ int64 " 5" }}
