{{ typeOf now }} {{ gt (now | unixEpoch | int64) 1700000000 }} {{ regexMatch "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" (now | date "2006-01-02") }}
