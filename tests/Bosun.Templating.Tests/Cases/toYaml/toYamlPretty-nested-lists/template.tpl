{{ toYamlPretty (dict "l" (list (list 1) (dict "a" (list "x")))) }}
