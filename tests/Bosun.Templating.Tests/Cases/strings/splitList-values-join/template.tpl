{{ .Values.csv | splitList "," | join ";" }}
