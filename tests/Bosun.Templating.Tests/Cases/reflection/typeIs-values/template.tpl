{{ typeIs "float64" .Values.a }} {{ typeIs "string" .Values.b }} {{ typeIs "map[string]interface {}" .Values.c }}
