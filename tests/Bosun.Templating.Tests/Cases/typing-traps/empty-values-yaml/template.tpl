{{ typeOf .Values }} {{ len .Values }}
