{{ $s := shuffle "aabbccdd" }}{{ len $s }} {{ $s | splitList "" | sortAlpha | join "" }}
