[{{ indent 2 "" }}][{{ nindent 2 "" }}]
