{{ lt 1.5 2.5 }} {{ gt .Values.f 1.0 }}
