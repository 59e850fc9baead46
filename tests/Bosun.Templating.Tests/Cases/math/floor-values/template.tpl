{{ floor .Values.f }} {{ ceil .Values.f }}
