{{ eq .Values.missing "" }}
