{{ printf "%#v" .Values }}
