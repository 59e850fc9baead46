{{ coalesce .Values.f .Values.z "fallback" }}
