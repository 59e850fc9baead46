{{ include "" . }}
