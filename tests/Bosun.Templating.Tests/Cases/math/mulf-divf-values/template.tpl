{{ mulf .Values.price .Values.qty }} {{ divf .Values.price 3 }}
