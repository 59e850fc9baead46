{{ toJson .Values }}
