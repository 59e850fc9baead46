{{ urlJoin (dict "host" 1) }}
