{{ block "b" . }}default{{ end }}
