{{ toPrettyJson (dict "a" (list) "b" (dict) "c" (list (dict))) }}
