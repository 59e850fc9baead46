{{ toRawJson (dict "a" (list "<" (dict "b" "&"))) }}
