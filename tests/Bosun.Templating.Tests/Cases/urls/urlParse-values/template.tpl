{{ (urlParse .Values.url).host }}
