{{ dateInZone "2006-01-02 15:04 MST" 0 "UTC" }} {{ date_in_zone "15:04 MST" 1700000000 "America/New_York" }} {{ dateInZone "2006-01-02 15:04 -0700" 1700000000 "Asia/Kolkata" }}
