{{ .Values.f }}|{{ .Values.i }}|{{ .Values.l }}|{{ .Values.m }}|{{ .Values.n }}|
