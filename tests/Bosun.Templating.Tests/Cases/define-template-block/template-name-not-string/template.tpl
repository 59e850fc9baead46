{{ template .Values.name }}
