{{ toDecimal .Values.mode }}
