{{ $t := toDate "2006-01-02 15:04" "2024-02-29 13:45" }}{{ $t.Year }} {{ $t.Month }} {{ $t.Day }} {{ $t.Hour }} {{ $t.Minute }} {{ $t.Weekday }} {{ $t.YearDay }} {{ $t.Unix }}
