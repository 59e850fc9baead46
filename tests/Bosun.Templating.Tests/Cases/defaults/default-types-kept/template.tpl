{{ typeOf (default 1 .Values.n) }} {{ typeOf (default "s" .Values.missing) }}
