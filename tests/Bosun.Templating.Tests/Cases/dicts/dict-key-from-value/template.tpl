{{ $k := "dyn" }}{{ (dict $k "val").dyn }}
