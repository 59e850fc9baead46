{{ default true false }} {{ .Values.f | default true }}
