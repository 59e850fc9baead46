{{ toPrettyJson (dict "h" "<b>" "u" "é") }}
