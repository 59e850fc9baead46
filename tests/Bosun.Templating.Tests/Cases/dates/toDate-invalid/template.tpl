{{ toDate "2006-01-02" "not a date" }}
