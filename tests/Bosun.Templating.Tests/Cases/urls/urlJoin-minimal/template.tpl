{{ urlJoin (dict "path" "relative") }} {{ urlJoin (dict) }} {{ urlJoin (dict "scheme" "mailto" "opaque" "a@b.c") }}
