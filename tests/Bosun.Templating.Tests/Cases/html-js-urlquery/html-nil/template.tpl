{{ html nil }}|{{ urlquery .Values.missing }}|
