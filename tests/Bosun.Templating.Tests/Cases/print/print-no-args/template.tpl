[{{ print }}]
