a{{/* a comment */}}b
c{{- /* trimmed comment */ -}}
d
