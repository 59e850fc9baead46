{{ duration 3661 }} {{ duration "90" }} {{ duration 0 }} {{ duration 86400 }} {{ duration (int64 45) }}
