{{ tpl "{{ required \"tpl required\" .Values.nope }}" . }}
