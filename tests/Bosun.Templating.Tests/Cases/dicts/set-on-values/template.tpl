{{ $_ := set .Values "added" "yes" }}{{ .Values.added }}
