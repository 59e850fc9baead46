{{ hasKey (dict "a" nil) "a" }} {{ hasKey (dict) "a" }} {{ hasKey .Values "present" }} {{ hasKey .Values "absent" }}
