{{ contains .Values.needle .Values.hay }} {{ hasPrefix .Values.needle .Values.hay }}
