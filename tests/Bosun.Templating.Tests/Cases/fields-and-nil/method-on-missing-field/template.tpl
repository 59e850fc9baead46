{{ .Values.x.Has "y" }}
