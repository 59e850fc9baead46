{{ last .Values.l }} {{ initial .Values.l }} {{ mustInitial .Values.l }}
