{{ eq .Values.a .Values.b }}
