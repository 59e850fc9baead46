{{ include 5 . }}
