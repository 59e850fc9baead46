{{ get (dict "a" 1) "a" }} [{{ get (dict "a" 1) "b" }}] {{ get .Values "x" }}
