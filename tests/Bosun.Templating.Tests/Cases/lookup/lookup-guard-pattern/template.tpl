{{ $s := lookup "v1" "Secret" .Release.Namespace "mysecret" }}{{ if $s }}existing{{ else }}generated{{ end }}
