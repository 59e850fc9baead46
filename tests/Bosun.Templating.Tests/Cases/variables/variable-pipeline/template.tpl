{{ $x := "abc" | upper }}{{ $x }} {{ $x | lower }}
