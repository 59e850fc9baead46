{{ range list "a" "b" }}{{ include "t" (dict "item" . "top" $) }};{{ end }}
