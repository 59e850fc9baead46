{{ toJson (float64 "NaN") }}
