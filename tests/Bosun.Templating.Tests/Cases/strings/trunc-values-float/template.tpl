{{ trunc .Values.n "abcdef" }}
