{{ if eq (.Values.replicas | int) 3 }}three{{ end }} {{ if eq .Values.replicas 3.0 }}three-float{{ end }}
