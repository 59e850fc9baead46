{{ toStrings .Values.l }}
