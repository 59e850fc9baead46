{{ eq .Values.missing nil }}
