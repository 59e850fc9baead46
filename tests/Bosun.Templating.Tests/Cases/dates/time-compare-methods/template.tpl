{{ $a := toDate "2006-01-02" "2024-01-01" }}{{ $b := toDate "2006-01-02" "2024-06-01" }}{{ $a.Before $b }} {{ $a.After $b }} {{ $a.Equal $a }} {{ ($b.Sub $a).Hours }}
