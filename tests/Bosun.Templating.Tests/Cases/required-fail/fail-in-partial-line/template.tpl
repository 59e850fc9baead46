a
b {{ if true }}{{ fail (printf "bad value %d" 3) }}{{ end }}
