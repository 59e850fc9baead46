{{ mustMergeOverwrite (dict "a" (dict "b" 1)) .Values | toJson }}
