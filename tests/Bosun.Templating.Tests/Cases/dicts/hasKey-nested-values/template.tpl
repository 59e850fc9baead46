{{ hasKey .Values.a "b" }} {{ hasKey .Values.a "c" }}
