{{ urlJoin (dict "scheme" "https" "host" "example.com" "path" "/x" "query" "a=b") }} {{ urlJoin (dict "host" "h" "userinfo" "u:p") }}
