{{ semverCompare .Values.constraint .Values.version }}
