{{ merge .Values.missing (dict "a" 1) }}
