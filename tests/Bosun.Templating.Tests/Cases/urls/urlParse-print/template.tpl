{{ urlParse "http://a.b/c?d=e" }}
