{{ template "t" . }}
