last{{ "x" -}}
