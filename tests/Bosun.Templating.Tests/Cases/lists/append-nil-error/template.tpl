{{ append .Values.missing 1 }}
