{{ first .Values.l }} {{ last .Values.l }} {{ rest .Values.l }}
