[{{ template "t" . }}] [{{ include "t" . }}]
