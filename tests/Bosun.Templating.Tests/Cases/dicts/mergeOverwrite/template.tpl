{{ mergeOverwrite (dict "a" 1 "n" (dict "x" 1 "z" 0)) (dict "a" 2 "n" (dict "x" 9)) }}
