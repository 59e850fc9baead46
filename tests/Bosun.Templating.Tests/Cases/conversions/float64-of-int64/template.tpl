{{ float64 (int64 5) }} {{ int (int64 5) }} {{ int64 (int 5) }}
