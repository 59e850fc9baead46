{{ empty (int64 0) }} {{ empty .Values.z }}
