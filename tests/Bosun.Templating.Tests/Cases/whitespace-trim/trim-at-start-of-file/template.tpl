{{- "first" }}
