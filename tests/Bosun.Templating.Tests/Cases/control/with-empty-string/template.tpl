{{ with "" }}x{{ else }}empty{{ end }}{{ with 0 }}x{{ else }}zero{{ end }}
