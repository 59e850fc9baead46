{{ $l := list }}{{ $l = append $l "a" }}{{ $l = append $l "b" }}{{ index $l 1 }} {{ len $l }}
