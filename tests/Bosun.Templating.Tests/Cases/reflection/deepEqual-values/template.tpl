{{ deepEqual .Values.a .Values.b }} {{ deepEqual .Values.a (list 1 2) }} {{ deepEqual .Values.c (dict "x" "y") }}
