{{ fromJsonArray "{\"a\": 1}" }}
