{{ .Values | toYaml | fromYaml | toYaml }}
