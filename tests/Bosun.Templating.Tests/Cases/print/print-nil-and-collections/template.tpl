{{ print nil }}|{{ print (list 1 2) }}|{{ print (dict "a" 1) }}|{{ print .Values.missing }}
