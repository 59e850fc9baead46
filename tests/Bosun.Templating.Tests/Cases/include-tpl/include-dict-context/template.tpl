{{ include "t" (dict "name" "n1" "root" .) }}
