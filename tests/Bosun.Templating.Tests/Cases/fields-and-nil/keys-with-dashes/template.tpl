{{ index .Values "my-key" }} {{ index .Values.nested "a.b" }}
