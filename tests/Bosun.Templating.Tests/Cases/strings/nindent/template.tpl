x:{{ nindent 2 "a: 1\nb: 2" }}
