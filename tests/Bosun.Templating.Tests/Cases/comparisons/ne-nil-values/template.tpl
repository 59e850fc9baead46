{{ ne .Values.x nil }} {{ ne .Values.missing nil }}
