{{ range -2 }}x{{ else }}none{{ end }}
