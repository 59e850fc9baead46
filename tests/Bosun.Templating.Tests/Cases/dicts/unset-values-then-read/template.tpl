{{ $_ := unset .Values "a" }}{{ .Values }}
