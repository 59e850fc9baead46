{{ pluck "name" .Values.a .Values.b | join "," }}
