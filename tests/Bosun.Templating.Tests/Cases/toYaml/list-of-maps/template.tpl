{{ toYaml .Values.l }}
