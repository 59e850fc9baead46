{{ eq .Values.a "x" }}
