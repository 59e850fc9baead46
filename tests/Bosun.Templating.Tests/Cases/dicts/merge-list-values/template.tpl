{{ merge (dict "l" (list 1)) (dict "l" (list 2 3)) }} {{ mergeOverwrite (dict "l" (list 1)) (dict "l" (list 2 3)) }}
