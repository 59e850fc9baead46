{{ call .Values.f }}
