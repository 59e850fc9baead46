{{ eq .Values.n 1.0 }} {{ eq (int .Values.n) 1 }}
