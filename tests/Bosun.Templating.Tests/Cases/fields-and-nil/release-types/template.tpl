{{ typeOf .Release.Revision }} {{ typeOf .Release.IsInstall }} {{ typeOf .Release }}
