{{ urlParse "https://example.com:443/a%20b?c=d" | urlJoin }}
