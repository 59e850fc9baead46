{{ "hello" | upper | printf "%s!" | quote }}
