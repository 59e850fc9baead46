{{ index (dict "a" 1) "a" }} {{ index .Values "key" }} [{{ index .Values "missing" }}]
