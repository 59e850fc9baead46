{{ gt (int .Values.replicas) 1 }} {{ gt .Values.replicas 1.0 }}
