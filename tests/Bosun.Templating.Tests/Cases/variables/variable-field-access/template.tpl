{{ $v := .Values }}{{ $v.a.b }}
