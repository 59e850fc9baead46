{{ toYaml .Values | sha256sum }}
