{{ urlParse "http://[::1" }}
