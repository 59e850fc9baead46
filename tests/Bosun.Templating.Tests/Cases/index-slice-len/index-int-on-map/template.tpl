{{ index .Values.m 0 }}
