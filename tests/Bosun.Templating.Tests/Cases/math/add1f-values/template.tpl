{{ add1f .Values.a }} {{ add1f nil }}
