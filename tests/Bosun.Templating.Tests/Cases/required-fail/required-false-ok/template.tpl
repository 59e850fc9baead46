{{ required "x" .Values.a }} {{ required "y" (list) }} {{ required "z" (dict) }}
