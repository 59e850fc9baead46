{{ $x := .Values.missing }}{{ $x.field }}
