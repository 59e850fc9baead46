{{ coalesce "" nil 0 "first" "second" }} {{ coalesce .Values.a .Values.b "c" }} [{{ coalesce "" 0 }}] [{{ coalesce }}]
