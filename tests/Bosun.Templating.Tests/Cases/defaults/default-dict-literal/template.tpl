{{ default (dict "k" "v") .Values.m | toJson }}
