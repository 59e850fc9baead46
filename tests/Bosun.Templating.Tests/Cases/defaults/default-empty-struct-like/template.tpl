{{ default "d" .Release }}
