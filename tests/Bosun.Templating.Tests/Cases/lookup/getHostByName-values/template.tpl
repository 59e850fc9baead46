[{{ getHostByName .Values.host }}]
