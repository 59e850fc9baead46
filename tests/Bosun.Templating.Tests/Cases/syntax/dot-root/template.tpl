{{ typeOf . }}
