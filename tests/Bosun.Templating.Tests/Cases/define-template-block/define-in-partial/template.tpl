{{ template "helper" . }}
