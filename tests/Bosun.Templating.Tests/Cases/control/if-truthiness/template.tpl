{{ range list 0 1 "" "x" (list) (list 1) (dict) (dict "a" 1) nil true false 0.0 0.5 }}{{ if . }}T{{ else }}F{{ end }}{{ end }}
