{{ gt .Values.replicas 1 }}
