{{ define "t" }}{{ required "inner required" .Values.missing }}{{ end }}
