{{ repeat .Values.n "x" }}
