{{ keys . | sortAlpha | join "," }}
