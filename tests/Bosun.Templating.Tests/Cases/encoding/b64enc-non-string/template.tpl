{{ b64enc 123 }} {{ b64enc .Values.n }} {{ b64enc true }}
