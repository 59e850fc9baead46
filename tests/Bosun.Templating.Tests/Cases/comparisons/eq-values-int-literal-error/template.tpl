{{ eq .Values.n 1 }}
