{{ toYaml .Release }}
