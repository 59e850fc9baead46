{{ .Values.Foo 1 }}
