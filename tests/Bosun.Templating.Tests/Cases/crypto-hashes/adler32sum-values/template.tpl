{{ adler32sum .Values.s }} {{ adler32sum "Wikipedia" }}
