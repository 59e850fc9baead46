{{ isAbs .Values.p }} {{ osIsAbs .Values.p }}
