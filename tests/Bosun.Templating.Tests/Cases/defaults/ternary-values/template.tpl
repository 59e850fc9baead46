{{ ternary "on" "off" .Values.enabled }}
