{{- define "justlib.x" }}x{{ end }}
