{{ $c := deepCopy .Values }}{{ $_ := set $c "x" 9 }}{{ hasKey .Values "x" }} {{ typeOf $c }}
