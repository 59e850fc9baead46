{{ if and .Values.a (or .Values.b .Values.c) (not .Values.d) }}yes{{ else }}no{{ end }}
