{{ printf "%d %v %T" (int64 7) (int64 7) (int64 7) }} {{ printf "%T" (int 7) }} {{ printf "%T" (float64 7) }}
