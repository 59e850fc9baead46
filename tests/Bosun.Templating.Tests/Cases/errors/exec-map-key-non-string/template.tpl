{{ index .Values 1 }}
