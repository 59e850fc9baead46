{{ toYaml .Values }}|{{ .Values }}
