{{ toYaml .Chart }}
