{{ typeOf .Values.missing }} {{ kindOf .Values.missing }}
