{{ toJson (int64 9223372036854775807) }} {{ toJson .Values.a }}
