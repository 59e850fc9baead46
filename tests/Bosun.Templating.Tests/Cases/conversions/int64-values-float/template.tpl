{{ int64 .Values.f }} {{ int .Values.f }} {{ float64 .Values.f }}
