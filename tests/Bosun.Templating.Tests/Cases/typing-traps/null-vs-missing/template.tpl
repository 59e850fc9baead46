{{ hasKey .Values "n" }} {{ hasKey .Values "m" }} {{ typeOf .Values.n }} {{ typeOf .Values.m }} {{ .Values.n | default "d" }}
