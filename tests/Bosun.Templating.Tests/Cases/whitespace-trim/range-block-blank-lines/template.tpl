{{ range list "a" "b" }}
item {{ . }}
{{ end }}
end
