{{ kindIs "int" 1 }} {{ kindIs "map" .Values }} {{ kindIs "slice" (list) }} {{ kindIs "string" 1 }} {{ kindIs "invalid" nil }}
