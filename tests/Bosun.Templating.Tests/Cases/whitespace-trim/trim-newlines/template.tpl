list:
{{- range list 1 2 3 }}
  - {{ . }}
{{- end }}
done
