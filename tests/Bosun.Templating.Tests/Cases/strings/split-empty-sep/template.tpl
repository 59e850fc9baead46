{{ split "" "abc" }}
