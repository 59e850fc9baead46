{{ regexQuoteMeta "1.5+2*[x]" }} {{ regexQuoteMeta "plain" }}
