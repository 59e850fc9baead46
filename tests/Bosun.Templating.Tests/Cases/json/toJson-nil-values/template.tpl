{{ toJson (dict "a" nil "b" (list nil)) }}
